// Normalisation straight on UTF-8 with icu::Normalizer2::normalizeUTF8, recording
// icu::Edits so that every changed span can be mapped back to the input.
#include "CICU.h"

#include <new>
#include <string>
#include <vector>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

struct cicu_normalized {
  std::string bytes;
  std::vector<int64_t> changes;  // 4 values per change
};

static const icu::Normalizer2 *instance(int32_t form, UErrorCode &code) {
  switch (form) {
    case CICU_NFC:
      return icu::Normalizer2::getNFCInstance(code);
    case CICU_NFKC:
      return icu::Normalizer2::getNFKCInstance(code);
    case CICU_NFKC_CASEFOLD:
      return icu::Normalizer2::getNFKCCasefoldInstance(code);
    default:
      code = U_ILLEGAL_ARGUMENT_ERROR;
      return nullptr;
  }
}

extern "C" cicu_normalized *cicu_normalize_utf8(int32_t form, const uint8_t *text, int64_t length,
                                                int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  if (length > INT32_MAX) {
    *status = U_INDEX_OUTOFBOUNDS_ERROR;
    return nullptr;
  }
  const icu::Normalizer2 *normalizer = instance(form, code);
  if (U_FAILURE(code)) {
    *status = code;
    return nullptr;
  }
  cicu_normalized *result = new (std::nothrow) cicu_normalized();
  if (result == nullptr) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return nullptr;
  }
  result->bytes.reserve(static_cast<size_t>(length) + 16);
  icu::StringByteSink<std::string> sink(&result->bytes);
  icu::Edits edits;
  icu::StringPiece piece(reinterpret_cast<const char *>(text), static_cast<int32_t>(length));
  normalizer->normalizeUTF8(0, piece, sink, &edits, code);
  if (U_SUCCESS(code)) {
    icu::Edits::Iterator it = edits.getCoarseChangesIterator();
    while (it.next(code)) {
      result->changes.push_back(it.sourceIndex());
      result->changes.push_back(it.oldLength());
      result->changes.push_back(it.destinationIndex());
      result->changes.push_back(it.newLength());
    }
  }
  if (U_FAILURE(code)) {
    delete result;
    *status = code;
    return nullptr;
  }
  *status = code;
  return result;
}

extern "C" const uint8_t *cicu_normalized_bytes(const cicu_normalized *result, int64_t *length) {
  *length = static_cast<int64_t>(result->bytes.size());
  return reinterpret_cast<const uint8_t *>(result->bytes.data());
}

extern "C" int64_t cicu_normalized_change_count(const cicu_normalized *result) {
  return static_cast<int64_t>(result->changes.size() / 4);
}

extern "C" void cicu_normalized_change(const cicu_normalized *result, int64_t index,
                                       int64_t *source_start, int64_t *source_length,
                                       int64_t *destination_start, int64_t *destination_length) {
  const int64_t *c = result->changes.data() + index * 4;
  *source_start = c[0];
  *source_length = c[1];
  *destination_start = c[2];
  *destination_length = c[3];
}

extern "C" void cicu_normalized_free(cicu_normalized *result) { delete result; }

extern "C" int32_t cicu_is_normalized_utf8(int32_t form, const uint8_t *text, int64_t length,
                                           int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  if (length > INT32_MAX) {
    *status = U_INDEX_OUTOFBOUNDS_ERROR;
    return -1;
  }
  const icu::Normalizer2 *normalizer = instance(form, code);
  if (U_FAILURE(code)) {
    *status = code;
    return -1;
  }
  icu::StringPiece piece(reinterpret_cast<const char *>(text), static_cast<int32_t>(length));
  UBool ok = normalizer->isNormalizedUTF8(piece, code);
  *status = code;
  return U_FAILURE(code) ? -1 : (ok ? 1 : 0);
}
