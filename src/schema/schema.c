/* placeholder */ typedef int ds__schema_placeholder;
