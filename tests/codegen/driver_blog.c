/* The blog schema (Blog has many Post has many Comment) through its typed API:
 * every model saved, got, queried, observed and deleted (the blog's delete
 * cascading to its posts and comments), and every relationship loaded. */
#include <stdio.h>

#include "driver.h"
#include "models.h"

DRV_OBSERVER(on_blog, Blog, value->name)
DRV_OBSERVER(on_post, Post, value->title)
DRV_OBSERVER(on_comment, Comment, value->content)

static void blog_posts_comments(void **state) {
    (void)state;
    ds_store *store = drv_open(models_schema());
    drv_events eb, ep, ec;
    memset(&eb, 0, sizeof eb);
    memset(&ep, 0, sizeof ep);
    memset(&ec, 0, sizeof ec);
    models_subscription *sb, *sp, *sc;
    DRV_OK(blog_observe(store, NULL, on_blog, &eb, &sb, err));
    DRV_OK(post_observe(store, NULL, on_post, &ep, &sp, err));
    ds_predicate *long_comments = comment_content_begins_with("Long");
    DRV_OK(comment_observe(store, long_comments, on_comment, &ec, &sc, err));
    ds_pred_free(long_comments);

    Blog blog;
    blog_init(&blog);
    blog.name = drv_dup("Field notes");
    DRV_OK(blog_save(store, &blog, NULL, err));
    assert_non_null(blog.id);

    Post posts[2];
    const char *titles[] = {"First", "Second"};
    for (int i = 0; i < 2; i++) {
        post_init(&posts[i]);
        posts[i].title = drv_dup(titles[i]);
        posts[i].blog_id = drv_dup(blog.id);
        if (i == 1)
            posts[i].content = drv_dup("with content");
        DRV_OK(post_save(store, &posts[i], NULL, err));
    }
    Comment comments[3];
    const char *texts[] = {"Long read", "Short", "Long again"};
    for (int i = 0; i < 3; i++) {
        comment_init(&comments[i]);
        comments[i].post_id = drv_dup(posts[i == 2 ? 1 : 0].id);
        comments[i].content = drv_dup(texts[i]);
        DRV_OK(comment_save(store, &comments[i], NULL, err));
    }

    /* get by id, for each model */
    Blog gb;
    DRV_OK(blog_get(store, blog.id, &gb, err));
    assert_string_equal(gb.name, "Field notes");
    blog_free(&gb);
    Post gp;
    DRV_OK(post_get(store, posts[1].id, &gp, err));
    assert_string_equal(gp.title, "Second");
    assert_string_equal(gp.content, "with content");
    assert_string_equal(gp.blog_id, blog.id);
    post_free(&gp);
    Comment gc;
    DRV_OK(comment_get(store, comments[2].id, &gc, err));
    assert_string_equal(gc.content, "Long again");
    comment_free(&gc);

    /* relationships */
    PostList bp;
    DRV_OK(blog_load_posts(store, &blog, &bp, err));
    assert_int_equal(bp.count, 2);
    post_list_free(&bp);
    Blog parent;
    DRV_OK(post_load_blog(store, &posts[0], &parent, err));
    assert_string_equal(parent.id, blog.id);
    blog_free(&parent);
    CommentList pc;
    DRV_OK(post_load_comments(store, &posts[0], &pc, err));
    assert_int_equal(pc.count, 2);
    comment_list_free(&pc);
    Post cp;
    DRV_OK(comment_load_post(store, &comments[2], &cp, err));
    assert_string_equal(cp.title, "Second");
    post_free(&cp);

    /* queries with typed predicates, sort and paging */
    ds_predicate *where = ds_pred_and(2, comment_post_id_eq(posts[0].id), comment_content_contains("o"));
    ds_query_options q = DS_QUERY_OPTIONS_INIT;
    q.sort = COMMENT_CONTENT " desc";
    CommentList cl;
    DRV_OK(comment_query(store, where, &q, &cl, err));
    assert_int_equal(cl.count, 2);
    assert_string_equal(cl.items[0].content, "Short");
    assert_string_equal(cl.items[1].content, "Long read");
    comment_list_free(&cl);
    ds_pred_free(where);
    q.sort = POST_TITLE;
    q.limit = 1;
    q.page = 1;
    PostList pl;
    DRV_OK(post_query(store, NULL, &q, &pl, err));
    assert_int_equal(pl.count, 1);
    assert_string_equal(pl.items[0].title, "Second");
    post_list_free(&pl);
    ds_predicate *no_content = post_content_is_null();
    DRV_OK(post_query(store, no_content, NULL, &pl, err));
    assert_int_equal(pl.count, 1);
    assert_string_equal(pl.items[0].title, "First");
    post_list_free(&pl);
    ds_pred_free(no_content);
    BlogList bl;
    ds_predicate *named = blog_name_eq("Field notes");
    DRV_OK(blog_query(store, named, NULL, &bl, err));
    assert_int_equal(bl.count, 1);
    blog_list_free(&bl);
    ds_pred_free(named);

    /* an update, with a condition that holds, then one that does not */
    posts[0].content = drv_dup("now with content");
    ds_predicate *cond = post_title_eq("First");
    DRV_OK(post_save(store, &posts[0], cond, err));
    ds_pred_free(cond);
    cond = post_title_eq("Not it");
    assert_int_equal(post_save(store, &posts[0], cond, NULL), DS_ERR_CONDITION);
    ds_pred_free(cond);

    /* deletes: a comment, a post (with its comments), then the blog with the rest */
    DRV_OK(comment_delete(store, &comments[2], NULL, err));
    DRV_OK(post_delete(store, &posts[1], NULL, err));
    DRV_OK(post_get(store, posts[0].id, &gp, err));
    post_free(&gp);
    DRV_OK(blog_delete(store, &blog, NULL, err));
    assert_int_equal(post_get(store, posts[0].id, &gp, NULL), DS_ERR_NOTFOUND);
    assert_int_equal(comment_get(store, comments[0].id, &gc, NULL), DS_ERR_NOTFOUND);
    ds_observe_flush(store);
    assert_int_equal(eb.ops[DS_INSERT], 1);
    assert_int_equal(eb.ops[DS_DELETE], 1);
    assert_int_equal(ep.ops[DS_INSERT], 2);
    assert_int_equal(ep.ops[DS_UPDATE], 1);
    assert_int_equal(ep.ops[DS_DELETE], 2);
    assert_int_equal(ec.ops[DS_INSERT], 2); /* the observer's predicate: "Long..." only */
    assert_int_equal(ec.ops[DS_DELETE], 2);
    assert_int_equal(ec.typed, 4);

    models_unobserve(sb);
    models_unobserve(sp);
    models_unobserve(sc);
    blog_free(&blog);
    for (int i = 0; i < 2; i++)
        post_free(&posts[i]);
    for (int i = 0; i < 3; i++)
        comment_free(&comments[i]);
    ds_close(store);
}

static void copy_and_records(void **state) {
    (void)state;
    Post p, c;
    post_init(&p);
    p.id = drv_dup("p-1");
    p.title = drv_dup("Copied");
    p.blog_id = drv_dup("b-1");
    DRV_OK(post_copy(&c, &p, err));
    assert_ptr_not_equal(c.title, p.title);
    assert_string_equal(c.title, "Copied");
    ds_record *r;
    DRV_OK(post_to_record(&r, NULL, &c, err));
    assert_string_equal(ds_record_get_string(r, "blogID"), "b-1");
    assert_true(ds_record_is_null(r, "content"));
    Post back;
    DRV_OK(post_from_record(&back, r, err));
    assert_string_equal(back.id, "p-1");
    assert_null(back.content);
    /* a record of another model is refused, and leaves the struct initialised */
    ds_record *blog;
    DRV_OK(ds_record_new(&blog, models_schema(), "Blog", err));
    Comment wrong;
    assert_int_equal(comment_from_record(&wrong, blog, NULL), DS_ERR_INVALID);
    assert_null(wrong.content);
    ds_record_free(blog);
    ds_record_free(r);
    post_free(&back);
    post_free(&c);
    post_free(&p);
    post_free(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(blog_posts_comments),
        cmocka_unit_test(copy_and_records),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
