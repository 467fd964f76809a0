#include <stdio.h>
int main(void) { puts("datastore"); return 0; }
