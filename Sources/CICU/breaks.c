// Sentence and word boundaries over UTF-8 without a UTF-16 copy: utext_openUTF8 +
// ubrk_setUText.
#include "CICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utypes.h>

struct cicu_sentence_iter {
  UBreakIterator *breaker;
  UText *text;
};

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

cicu_sentence_iter *cicu_sentence_iter_open(const char *locale, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UBreakIterator *breaker = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &code);
  if (U_FAILURE(code)) {
    *status = code;
    return NULL;
  }
  cicu_sentence_iter *iter = calloc(1, sizeof *iter);
  if (iter == NULL) {
    ubrk_close(breaker);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  iter->breaker = breaker;
  *status = code;
  return iter;
}

void cicu_sentence_iter_set_utf8(cicu_sentence_iter *iter, const uint8_t *text, int64_t length,
                                 int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  static const char empty[1] = {0};
  const char *bytes = length > 0 ? (const char *)text : empty;
  iter->text = utext_openUTF8(iter->text, bytes, length, &code);
  if (U_SUCCESS(code)) {
    ubrk_setUText(iter->breaker, iter->text, &code);
  }
  if (U_SUCCESS(code)) {
    ubrk_first(iter->breaker);
  }
  *status = code;
}

int32_t cicu_sentence_iter_next_batch(cicu_sentence_iter *iter, int64_t *out, int32_t capacity) {
  int32_t n = 0;
  while (n < capacity) {
    int32_t next = ubrk_next(iter->breaker);
    if (next == UBRK_DONE) {
      break;
    }
    out[n++] = next;
  }
  return n;
}

void cicu_sentence_iter_close(cicu_sentence_iter *iter) {
  if (iter == NULL) {
    return;
  }
  ubrk_close(iter->breaker);
  if (iter->text != NULL) {
    utext_close(iter->text);
  }
  free(iter);
}

// Word boundaries with their rule statuses, over UTF-8 in the same way.
struct cicu_word_iter {
  UBreakIterator *breaker;
  UText *text;
};

cicu_word_iter *cicu_word_iter_open(const char *locale, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UBreakIterator *breaker = ubrk_open(UBRK_WORD, locale, NULL, 0, &code);
  if (U_FAILURE(code)) {
    *status = code;
    return NULL;
  }
  cicu_word_iter *iter = calloc(1, sizeof *iter);
  if (iter == NULL) {
    ubrk_close(breaker);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  iter->breaker = breaker;
  *status = code;
  return iter;
}

void cicu_word_iter_set_utf8(cicu_word_iter *iter, const uint8_t *text, int64_t length,
                             int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  static const char empty[1] = {0};
  const char *bytes = length > 0 ? (const char *)text : empty;
  iter->text = utext_openUTF8(iter->text, bytes, length, &code);
  if (U_SUCCESS(code)) {
    ubrk_setUText(iter->breaker, iter->text, &code);
  }
  if (U_SUCCESS(code)) {
    ubrk_first(iter->breaker);
  }
  *status = code;
}

int32_t cicu_word_iter_next_batch(cicu_word_iter *iter, int64_t *boundaries, int32_t *statuses,
                                  int32_t capacity) {
  int32_t n = 0;
  while (n < capacity) {
    int32_t next = ubrk_next(iter->breaker);
    if (next == UBRK_DONE) {
      break;
    }
    boundaries[n] = next;
    statuses[n] = ubrk_getRuleStatus(iter->breaker);
    n++;
  }
  return n;
}

void cicu_word_iter_close(cicu_word_iter *iter) {
  if (iter == NULL) {
    return;
  }
  ubrk_close(iter->breaker);
  if (iter->text != NULL) {
    utext_close(iter->text);
  }
  free(iter);
}
