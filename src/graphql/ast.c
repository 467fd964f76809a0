typedef int ds__ast_placeholder;
