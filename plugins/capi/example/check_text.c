/* An example review-tool plugin in C: checks the text of one document with
   libibic-audit and prints the JSON report. Build it against an installed
   library:
     cc check_text.c $(pkg-config --cflags --libs ibic-audit) -o check_text
   and run it as ./check_text anteckning.txt < anteckning.txt */
#include <ibic/ibic_audit.h>

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "användning: %s FILNAMN < text\n", argv[0]);
    return 3;
  }
  size_t length = 0, capacity = 1 << 16;
  char *text = malloc(capacity);
  for (size_t n; text && (n = fread(text + length, 1, capacity - length, stdin)) > 0;) {
    length += n;
    if (length == capacity)
      text = realloc(text, capacity *= 2);
  }
  if (!text) {
    fprintf(stderr, "slut på minne\n");
    return 3;
  }

  ibic_audit_engine *engine = NULL;
  char *error = NULL;
  if (ibic_audit_open(NULL, NULL, &engine, &error) != IBIC_AUDIT_OK) {
    fprintf(stderr, "%s", error ? error : "kunde inte öppna ibic-audit\n");
    ibic_audit_free(error);
    free(text);
    return 3;
  }
  char *report = NULL;
  ibic_audit_status status = ibic_audit_check_text(engine, argv[1], text, length, &report);
  if (status == IBIC_AUDIT_OK)
    fputs(report, stdout);
  ibic_audit_free(report);
  ibic_audit_close(engine);
  free(text);
  return status == IBIC_AUDIT_OK ? 0 : 3;
}
