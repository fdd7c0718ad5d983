/*===- ibic/ibic_audit.h - C interface for review tools and editors -------===*
 *
 * libibic-audit checks IBIC case documentation from any language that can
 * call C. Results are the JSON report of spec/report-json.md, the same as
 * `ibic-audit audit --format json`:
 *
 *   ibic_audit_engine *engine;
 *   char *error = NULL, *report = NULL;
 *   if (ibic_audit_open(NULL, NULL, &engine, &error) != IBIC_AUDIT_OK) {
 *     fprintf(stderr, "%s\n", error);   // Swedish, with file:line:col
 *     ibic_audit_free(error);
 *     return 1;
 *   }
 *   if (ibic_audit_check_text(engine, "anteckning.txt", text, strlen(text),
 *                             &report) == IBIC_AUDIT_OK)
 *     puts(report);
 *   ibic_audit_free(report);
 *   ibic_audit_close(engine);
 *
 * Thread safety: an engine's results never change once it is opened (it
 * remembers the dictionary's answers between calls, a few MB at most, so a
 * text checked again is checked faster). Any number of threads
 * may call ibic_audit_check_text and ibic_audit_audit_paths on one engine at
 * the same time. ibic_audit_close must not run while another call on the
 * same engine does. Different engines are independent.
 *
 * Memory: every string the library returns is allocated by it and freed
 * with ibic_audit_free. Strings passed in are only read during the call.
 * The library never prints and never exits the process.
 *
 *===----------------------------------------------------------------------===*/
#ifndef IBIC_IBIC_AUDIT_H
#define IBIC_IBIC_AUDIT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** An opened engine: rules, review template and configuration, compiled. */
typedef struct ibic_audit_engine ibic_audit_engine;

typedef enum ibic_audit_status {
  IBIC_AUDIT_OK = 0,
  /** A required pointer was NULL. */
  IBIC_AUDIT_INVALID_ARGUMENT = 1,
  /** The rules, the template or the configuration could not be loaded;
      the error message says where. */
  IBIC_AUDIT_LOAD_ERROR = 2,
  /** An unexpected failure inside the library (out of memory and the
      like); the engine is still usable. */
  IBIC_AUDIT_INTERNAL_ERROR = 3
} ibic_audit_status;

/** The library's version, "MAJOR.MINOR.PATCH". */
const char *ibic_audit_version(void);

/** Opens an engine. \p rules_dir is the folder with the rule packs, NULL for
    the rules installed with the library; \p config_file is an
    .ibic-audit.yaml or NULL for none. On success *engine is set; on failure
    *error_message (when error_message is not NULL) is set to a message to
    free with ibic_audit_free. */
ibic_audit_status ibic_audit_open(const char *rules_dir, const char *config_file,
                                  ibic_audit_engine **engine,
                                  char **error_message);

/** Checks one document given as UTF-8 text of \p length bytes, read as the
    file \p name (its extension chooses the format: .xml or .txt). Sets
    *json_report to the JSON report; problems with the text itself are in
    the report's "errors". */
ibic_audit_status ibic_audit_check_text(const ibic_audit_engine *engine,
                                        const char *name, const char *text,
                                        size_t length, char **json_report);

/** Audits files and folders (read recursively) and sets *json_report to
    the JSON report of them all. */
ibic_audit_status ibic_audit_audit_paths(const ibic_audit_engine *engine,
                                         const char *const *paths, size_t count,
                                         char **json_report);

/** Frees a string returned by the library; NULL is allowed. */
void ibic_audit_free(char *string);

/** Closes an engine; NULL is allowed. */
void ibic_audit_close(ibic_audit_engine *engine);

#ifdef __cplusplus
}
#endif

#endif
