// CICU: a plain-C face for the few ICU services Padan uses.
//
// Why this shim exists: ICU renames every C function with a version suffix through
// macros, and Foundation on Linux ships its own copy of ICU's headers, so Swift
// cannot import <unicode/*.h> next to Foundation without "different definitions"
// errors. This header therefore declares only plain C types: int32_t statuses
// (ICU UErrorCode values: 0 OK, < 0 warning, > 0 failure), byte pointers with
// lengths, and opaque handles. ICU headers are included only in the .c/.cpp files.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Name of an ICU status code, such as "U_ILLEGAL_ARGUMENT_ERROR". Never NULL.
const char *cicu_error_name(int32_t status);

// MARK: Sentence breaks over UTF-8

/// An ICU sentence break iterator with its UTF-8 UText. Not thread-safe.
typedef struct cicu_sentence_iter cicu_sentence_iter;

/// Opens a sentence iterator for `locale` (for example "id"). NULL on failure.
cicu_sentence_iter *cicu_sentence_iter_open(const char *locale, int32_t *status);

/// Points the iterator at `length` bytes of UTF-8. The bytes must outlive the iteration.
void cicu_sentence_iter_set_utf8(cicu_sentence_iter *iter, const uint8_t *text, int64_t length,
                                 int32_t *status);

/// Writes up to `capacity` following boundaries (UTF-8 byte offsets, 0-based) into `out`.
/// Returns how many were written; fewer than `capacity` means the text is exhausted.
int32_t cicu_sentence_iter_next_batch(cicu_sentence_iter *iter, int64_t *out, int32_t capacity);

void cicu_sentence_iter_close(cicu_sentence_iter *iter);

// MARK: Word breaks over UTF-8

/// An ICU word break iterator with its UTF-8 UText. Not thread-safe.
typedef struct cicu_word_iter cicu_word_iter;

/// Opens a word iterator for `locale` (for example "id"). NULL on failure.
cicu_word_iter *cicu_word_iter_open(const char *locale, int32_t *status);

/// Points the iterator at `length` bytes of UTF-8. The bytes must outlive the iteration.
void cicu_word_iter_set_utf8(cicu_word_iter *iter, const uint8_t *text, int64_t length,
                             int32_t *status);

/// Writes up to `capacity` following boundaries (UTF-8 byte offsets, 0-based) into
/// `boundaries`, and for each the rule status of the piece that ends there into `statuses`
/// (ICU's UWordBreak ranges: 0-99 none, such as spaces and punctuation; 100-199 number;
/// 200-299 letter; 300-399 kana; 400-499 ideograph). Returns how many were written; fewer
/// than `capacity` means the text is exhausted.
int32_t cicu_word_iter_next_batch(cicu_word_iter *iter, int64_t *boundaries, int32_t *statuses,
                                  int32_t capacity);

void cicu_word_iter_close(cicu_word_iter *iter);

// MARK: Normalisation over UTF-8 with an edit map

/// Normalisation forms understood by cicu_normalize_utf8.
enum { CICU_NFC = 0, CICU_NFKC = 1, CICU_NFKC_CASEFOLD = 2 };

/// The result of one normalisation: UTF-8 bytes plus the changed spans.
typedef struct cicu_normalized cicu_normalized;

/// Normalises `length` bytes of well-formed UTF-8. NULL on failure (see `status`).
cicu_normalized *cicu_normalize_utf8(int32_t form, const uint8_t *text, int64_t length,
                                     int32_t *status);

/// The normalised bytes (not NUL-terminated) and their length.
const uint8_t *cicu_normalized_bytes(const cicu_normalized *result, int64_t *length);

/// Number of changed spans (coarse edits), in order.
int64_t cicu_normalized_change_count(const cicu_normalized *result);

/// The `index`-th changed span: source offset and length, destination offset and length
/// (UTF-8 byte offsets, 0-based, into the input and into the normalised bytes).
void cicu_normalized_change(const cicu_normalized *result, int64_t index, int64_t *source_start,
                            int64_t *source_length, int64_t *destination_start,
                            int64_t *destination_length);

void cicu_normalized_free(cicu_normalized *result);

/// 1 if the UTF-8 text is already in the form, 0 if not, -1 on failure (see `status`).
int32_t cicu_is_normalized_utf8(int32_t form, const uint8_t *text, int64_t length,
                                int32_t *status);

// MARK: Collation (ucol_*, in libicui18n)

/// An ICU collator for one locale. Comparing is safe from several threads; closing is not.
typedef struct cicu_collator cicu_collator;

/// Opens the collator for `locale` (for example "id"), default strength (tertiary).
/// NULL on failure. A fallback to the root collation is a warning in `status`, not a failure.
cicu_collator *cicu_collator_open(const char *locale, int32_t *status);

/// Compares two UTF-8 strings: -1, 0 or 1 (less, equal, greater).
int32_t cicu_collator_compare_utf8(const cicu_collator *collator, const uint8_t *a,
                                   int32_t a_length, const uint8_t *b, int32_t b_length,
                                   int32_t *status);

/// Writes the sort key of `length` bytes of UTF-8 into `out` (up to `capacity` bytes) and
/// returns its full length, including the final 0 byte. When the result exceeds
/// `capacity`, call again with a larger buffer. Comparing keys bytewise (memcmp) orders
/// the strings as `cicu_collator_compare_utf8` does.
int32_t cicu_collator_sort_key_utf8(const cicu_collator *collator, const uint8_t *text,
                                    int32_t length, uint8_t *out, int32_t capacity,
                                    int32_t *status);

void cicu_collator_close(cicu_collator *collator);

#ifdef __cplusplus
}
#endif

#endif
