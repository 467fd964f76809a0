/*
 * A small blog schema, AppSync-flavoured (AWS scalars, @aws_* directives)
 * but with the general GraphQL parts too (interfaces, a union, a custom
 * scalar), shared by the validation and execution tests and the fuzzer.
 */
#ifndef DS_TEST_BLOG_SCHEMA_H
#define DS_TEST_BLOG_SCHEMA_H

static const char BLOG_SDL[] =
    "schema { query: Query mutation: Mutation subscription: Subscription }\n"
    "\"Money, in cents.\" scalar Money\n"
    "interface Node { id: ID! }\n"
    "interface Entry { id: ID! title: String! }\n"
    "type Blog implements Node { id: ID! name: String! posts(limit: Int = 10, status: PostStatus): [Post!]! "
    "owner: User }\n"
    "\"A post.\"\n"
    "type Post implements Node & Entry @aws_api_key {\n"
    "  id: ID!\n  title: String!\n  body: String\n  rating: Float\n  views: Int\n  tags: [String]\n"
    "  status: PostStatus!\n  blog: Blog\n  author: User\n  comments(first: Int): [Comment]\n  meta: AWSJSON\n"
    "  createdAt: AWSDateTime!\n  old: String @deprecated(reason: \"no\")\n  price: Money\n  strict: [Int!]!\n"
    "  flag: Boolean\n  ts: AWSTimestamp\n"
    "}\n"
    "type Comment implements Node { id: ID! text: String! post: Post votes: Int! }\n"
    "type User implements Node { id: ID! name: String! email: AWSEmail friends: [User!] best: User! }\n"
    "union SearchResult = Post | Comment | User\n"
    "enum PostStatus { DRAFT PUBLISHED ARCHIVED @deprecated }\n"
    "input PostInput { title: String! body: String status: PostStatus = DRAFT tags: [String!] rating: Float "
    "meta: AWSJSON createdAt: AWSDateTime blogID: ID! extra: Extra }\n"
    "input Extra { note: String! level: Int = 3 }\n"
    "input PostFilter { title: StringFilter and: [PostFilter] views: Int }\n"
    "input StringFilter { eq: String contains: String }\n"
    "type Query {\n"
    "  getPost(id: ID!): Post\n"
    "  listPosts(filter: PostFilter, limit: Int, nextToken: String): [Post]\n"
    "  node(id: ID!): Node\n"
    "  search(text: String!): [SearchResult!]!\n"
    "  blogs: [Blog!]!\n"
    "  echo(i: Int, f: Float, s: String, b: Boolean, id: ID, e: PostStatus, list: [Int], nn: [Int!], "
    "ts: AWSTimestamp, date: AWSDate, j: AWSJSON, email: AWSEmail, m: Money, input: PostInput, "
    "filter: PostFilter): String\n"
    "  required(a: Int!, b: String! = \"x\"): Int\n"
    "  me: User\n"
    "}\n"
    "type Mutation {\n"
    "  createPost(input: PostInput!): Post!\n"
    "  deletePost(id: ID!): Post\n"
    "  addComment(postID: ID!, text: String!): Comment\n"
    "}\n"
    "type Subscription {\n"
    "  onCreatePost(blogID: ID): Post @aws_subscribe(mutations: [\"createPost\"]) @aws_api_key\n"
    "  onDeletePost: Post @aws_subscribe(mutations: [\"deletePost\"])\n"
    "}\n";

#endif
