// Locale collation (ucol_*): compare UTF-8 strings directly, and build sort keys.
#include "CICU.h"

#include <stdlib.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

cicu_collator *cicu_collator_open(const char *locale, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UCollator *collator = ucol_open(locale, &code);
  *status = code;
  if (U_FAILURE(code)) {
    return NULL;
  }
  return (cicu_collator *)collator;
}

int32_t cicu_collator_compare_utf8(const cicu_collator *collator, const uint8_t *a,
                                   int32_t a_length, const uint8_t *b, int32_t b_length,
                                   int32_t *status) {
  static const char empty[1] = {0};
  UErrorCode code = U_ZERO_ERROR;
  UCollationResult result =
      ucol_strcollUTF8((const UCollator *)collator, a_length > 0 ? (const char *)a : empty,
                       a_length, b_length > 0 ? (const char *)b : empty, b_length, &code);
  *status = code;
  if (U_FAILURE(code)) {
    return 0;
  }
  return result == UCOL_LESS ? -1 : (result == UCOL_GREATER ? 1 : 0);
}

int32_t cicu_collator_sort_key_utf8(const cicu_collator *collator, const uint8_t *text,
                                    int32_t length, uint8_t *out, int32_t capacity,
                                    int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  static const char empty[1] = {0};
  const char *bytes = length > 0 ? (const char *)text : empty;
  int32_t units = 0;
  u_strFromUTF8(NULL, 0, &units, bytes, length, &code);
  if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) {
    code = U_ZERO_ERROR;
  }
  if (U_FAILURE(code)) {
    *status = code;
    return 0;
  }
  UChar *utf16 = malloc(sizeof(UChar) * (size_t)(units + 1));
  if (utf16 == NULL) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  u_strFromUTF8(utf16, units + 1, NULL, bytes, length, &code);
  if (U_FAILURE(code)) {
    free(utf16);
    *status = code;
    return 0;
  }
  int32_t needed = ucol_getSortKey((const UCollator *)collator, utf16, units, out, capacity);
  free(utf16);
  *status = needed == 0 ? U_INTERNAL_PROGRAM_ERROR : U_ZERO_ERROR;
  return needed;
}

void cicu_collator_close(cicu_collator *collator) {
  if (collator != NULL) {
    ucol_close((UCollator *)collator);
  }
}
