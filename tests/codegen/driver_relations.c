/* The relations schema: has-one (implicit and explicit fields), a
 * bidirectional has-one/belongs-to, implicit has-many/belongs-to, and a
 * many-to-many through the generated join model PostTags; every model
 * saved, got, queried, observed and deleted, and every relationship loaded. */
#include <stdio.h>

#include "driver.h"
#include "models.h"

DRV_OBSERVER(on_project, Project, value->name)
DRV_OBSERVER(on_team, Team, value->name)
DRV_OBSERVER(on_user, User, value->username)
DRV_OBSERVER(on_profile, Profile, value->bio)
DRV_OBSERVER(on_album, Album, value->title)
DRV_OBSERVER(on_photo, Photo, value->caption)
DRV_OBSERVER(on_post, Post, value->title)
DRV_OBSERVER(on_tag, Tag, value->label)
DRV_OBSERVER(on_post_tags, PostTags, value->tag_id)

enum { PROJECT, TEAM, USER, PROFILE, ALBUM, PHOTO, POST, TAG, POST_TAGS, MODELS };

static void relationships(void **state) {
    (void)state;
    ds_store *store = drv_open(models_schema());
    drv_events ev[MODELS];
    memset(ev, 0, sizeof ev);
    models_subscription *subs[MODELS];
    DRV_OK(project_observe(store, NULL, on_project, &ev[PROJECT], &subs[PROJECT], err));
    DRV_OK(team_observe(store, NULL, on_team, &ev[TEAM], &subs[TEAM], err));
    DRV_OK(user_observe(store, NULL, on_user, &ev[USER], &subs[USER], err));
    DRV_OK(profile_observe(store, NULL, on_profile, &ev[PROFILE], &subs[PROFILE], err));
    DRV_OK(album_observe(store, NULL, on_album, &ev[ALBUM], &subs[ALBUM], err));
    DRV_OK(photo_observe(store, NULL, on_photo, &ev[PHOTO], &subs[PHOTO], err));
    DRV_OK(post_observe(store, NULL, on_post, &ev[POST], &subs[POST], err));
    DRV_OK(tag_observe(store, NULL, on_tag, &ev[TAG], &subs[TAG], err));
    DRV_OK(post_tags_observe(store, NULL, on_post_tags, &ev[POST_TAGS], &subs[POST_TAGS], err));

    /* Project has one Team, Team belongs to Project (each holds a key) */
    Project pj;
    project_init(&pj);
    pj.name = drv_dup("Apollo");
    DRV_OK(project_save(store, &pj, NULL, err));
    Team tm;
    team_init(&tm);
    tm.name = drv_dup("Flight");
    tm.team_project_id = drv_dup(pj.id);
    DRV_OK(team_save(store, &tm, NULL, err));
    pj.project_team_id = drv_dup(tm.id);
    DRV_OK(project_save(store, &pj, NULL, err));
    Team t2;
    DRV_OK(project_load_team(store, &pj, &t2, err));
    assert_string_equal(t2.name, "Flight");
    team_free(&t2);
    Project p2;
    DRV_OK(team_load_project(store, &tm, &p2, err));
    assert_string_equal(p2.name, "Apollo");
    assert_string_equal(p2.project_team_id, tm.id);
    project_free(&p2);

    /* User has one Profile through profileID */
    Profile pf;
    profile_init(&pf);
    pf.bio = drv_dup("Likes C");
    pf.avatar_url = drv_dup("https://example.com/a.png");
    DRV_OK(profile_save(store, &pf, NULL, err));
    User us;
    user_init(&us);
    us.username = drv_dup("ada");
    DRV_OK(user_save(store, &us, NULL, err));
    Profile none;
    assert_int_equal(user_load_profile(store, &us, &none, NULL), DS_ERR_NOTFOUND);
    us.profile_id = drv_dup(pf.id);
    DRV_OK(user_save(store, &us, NULL, err));
    Profile gpf;
    DRV_OK(user_load_profile(store, &us, &gpf, err));
    assert_string_equal(gpf.avatar_url, "https://example.com/a.png");
    profile_free(&gpf);

    /* Album has many Photos through the implicit albumPhotosId */
    Album al;
    album_init(&al);
    al.title = drv_dup("Holiday");
    DRV_OK(album_save(store, &al, NULL, err));
    Photo ph[3];
    for (int i = 0; i < 3; i++) {
        char caption[16];
        snprintf(caption, sizeof caption, "photo %d", i);
        photo_init(&ph[i]);
        ph[i].caption = drv_dup(caption);
        ph[i].album_photos_id = drv_dup(al.id);
        DRV_OK(photo_save(store, &ph[i], NULL, err));
    }
    PhotoList pl;
    DRV_OK(album_load_photos(store, &al, &pl, err));
    assert_int_equal(pl.count, 3);
    photo_list_free(&pl);
    Album gal;
    DRV_OK(photo_load_album(store, &ph[2], &gal, err));
    assert_string_equal(gal.title, "Holiday");
    album_free(&gal);

    /* Post and Tag, many-to-many through PostTags */
    Post po[2];
    Tag tg[2];
    for (int i = 0; i < 2; i++) {
        post_init(&po[i]);
        po[i].title = drv_dup(i ? "Second" : "First");
        DRV_OK(post_save(store, &po[i], NULL, err));
        tag_init(&tg[i]);
        tg[i].label = drv_dup(i ? "c" : "db");
        DRV_OK(tag_save(store, &tg[i], NULL, err));
    }
    PostTags links[3];
    const int lp[] = {0, 0, 1}, lt[] = {0, 1, 1};
    for (int i = 0; i < 3; i++) {
        post_tags_init(&links[i]);
        links[i].post_id = drv_dup(po[lp[i]].id);
        links[i].tag_id = drv_dup(tg[lt[i]].id);
        DRV_OK(post_tags_save(store, &links[i], NULL, err));
    }
    PostTagsList ptl;
    DRV_OK(post_load_tags(store, &po[0], &ptl, err));
    assert_int_equal(ptl.count, 2);
    post_tags_list_free(&ptl);
    DRV_OK(tag_load_posts(store, &tg[1], &ptl, err));
    assert_int_equal(ptl.count, 2);
    post_tags_list_free(&ptl);
    Post lpo;
    DRV_OK(post_tags_load_post(store, &links[2], &lpo, err));
    assert_string_equal(lpo.title, "Second");
    post_free(&lpo);
    Tag ltg;
    DRV_OK(post_tags_load_tag(store, &links[0], &ltg, err));
    assert_string_equal(ltg.label, "db");
    tag_free(&ltg);

    /* get and query each model */
    Project gp;
    DRV_OK(project_get(store, pj.id, &gp, err));
    project_free(&gp);
    Team gt;
    DRV_OK(team_get(store, tm.id, &gt, err));
    team_free(&gt);
    User gu;
    DRV_OK(user_get(store, us.id, &gu, err));
    assert_string_equal(gu.profile_id, pf.id);
    user_free(&gu);
    DRV_OK(profile_get(store, pf.id, &gpf, err));
    profile_free(&gpf);
    DRV_OK(album_get(store, al.id, &gal, err));
    album_free(&gal);
    Photo gph;
    DRV_OK(photo_get(store, ph[1].id, &gph, err));
    assert_string_equal(gph.caption, "photo 1");
    photo_free(&gph);
    DRV_OK(post_get(store, po[1].id, &lpo, err));
    post_free(&lpo);
    DRV_OK(tag_get(store, tg[1].id, &ltg, err));
    tag_free(&ltg);
    PostTags gl;
    DRV_OK(post_tags_get(store, links[1].id, &gl, err));
    assert_string_equal(gl.tag_id, tg[1].id);
    post_tags_free(&gl);

    ProjectList pjl;
    DRV_OK(project_query(store, NULL, NULL, &pjl, err));
    assert_int_equal(pjl.count, 1);
    project_list_free(&pjl);
    TeamList tml;
    ds_predicate *w = team_name_begins_with("Fl");
    DRV_OK(team_query(store, w, NULL, &tml, err));
    assert_int_equal(tml.count, 1);
    team_list_free(&tml);
    ds_pred_free(w);
    UserList usl;
    w = user_profile_id_is_not_null();
    DRV_OK(user_query(store, w, NULL, &usl, err));
    assert_int_equal(usl.count, 1);
    user_list_free(&usl);
    ds_pred_free(w);
    ProfileList pfl;
    w = profile_bio_contains("C");
    DRV_OK(profile_query(store, w, NULL, &pfl, err));
    assert_int_equal(pfl.count, 1);
    profile_list_free(&pfl);
    ds_pred_free(w);
    AlbumList all;
    DRV_OK(album_query(store, NULL, NULL, &all, err));
    assert_int_equal(all.count, 1);
    album_list_free(&all);
    ds_query_options q = DS_QUERY_OPTIONS_INIT;
    q.sort = PHOTO_CAPTION " desc";
    w = photo_caption_ne("photo 1");
    DRV_OK(photo_query(store, w, &q, &pl, err));
    assert_int_equal(pl.count, 2);
    assert_string_equal(pl.items[0].caption, "photo 2");
    photo_list_free(&pl);
    ds_pred_free(w);
    PostList pol;
    w = post_title_gt("First");
    DRV_OK(post_query(store, w, NULL, &pol, err));
    assert_int_equal(pol.count, 1);
    post_list_free(&pol);
    ds_pred_free(w);
    TagList tgl;
    w = tag_label_eq("c");
    DRV_OK(tag_query(store, w, NULL, &tgl, err));
    assert_int_equal(tgl.count, 1);
    tag_list_free(&tgl);
    ds_pred_free(w);
    w = post_tags_post_id_eq(po[0].id);
    DRV_OK(post_tags_query(store, w, NULL, &ptl, err));
    assert_int_equal(ptl.count, 2);
    post_tags_list_free(&ptl);
    ds_pred_free(w);

    /* deletes: cascades follow has-one and has-many */
    DRV_OK(photo_delete(store, &ph[0], NULL, err));
    DRV_OK(album_delete(store, &al, NULL, err)); /* and its other photos */
    DRV_OK(photo_query(store, NULL, NULL, &pl, err));
    assert_int_equal(pl.count, 0);
    photo_list_free(&pl);
    DRV_OK(post_delete(store, &po[0], NULL, err)); /* and its two links */
    DRV_OK(post_tags_query(store, NULL, NULL, &ptl, err));
    assert_int_equal(ptl.count, 1);
    post_tags_list_free(&ptl);
    DRV_OK(post_tags_delete(store, &links[2], NULL, err));
    DRV_OK(post_delete(store, &po[1], NULL, err));
    for (int i = 0; i < 2; i++)
        DRV_OK(tag_delete(store, &tg[i], NULL, err));
    DRV_OK(team_delete(store, &tm, NULL, err));
    assert_int_equal(team_get(store, tm.id, &gt, NULL), DS_ERR_NOTFOUND);
    DRV_OK(project_delete(store, &pj, NULL, err));
    DRV_OK(user_delete(store, &us, NULL, err));
    DRV_OK(profile_delete(store, &pf, NULL, err));
    ds_observe_flush(store);
    const int inserts[MODELS] = {1, 1, 1, 1, 1, 3, 2, 2, 3};
    for (int i = 0; i < MODELS; i++) {
        assert_int_equal(ev[i].ops[DS_INSERT], inserts[i]);
        assert_int_equal(ev[i].ops[DS_DELETE], inserts[i]);
        assert_int_equal(ev[i].typed, ev[i].ops[0] + ev[i].ops[1] + ev[i].ops[2]);
        models_unobserve(subs[i]);
    }
    assert_int_equal(ev[PROJECT].ops[DS_UPDATE], 1);
    assert_int_equal(ev[USER].ops[DS_UPDATE], 1);

    project_free(&pj);
    team_free(&tm);
    user_free(&us);
    profile_free(&pf);
    album_free(&al);
    for (int i = 0; i < 3; i++) {
        photo_free(&ph[i]);
        post_tags_free(&links[i]);
    }
    for (int i = 0; i < 2; i++) {
        post_free(&po[i]);
        tag_free(&tg[i]);
    }
    ds_close(store);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(relationships),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
