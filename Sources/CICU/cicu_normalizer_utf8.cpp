// UTF-8 normalisation checks (Normalizer2::isNormalizedUTF8 exists only in ICU's C++ API).
#include "cicu.h"

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

extern "C" bool cicu_is_normalized_utf8(int32_t form, const char *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const icu::Normalizer2 *normalizer = form == CICU_FORM_NFKC ? icu::Normalizer2::getNFKCInstance(error)
                                                                : icu::Normalizer2::getNFCInstance(error);
    bool normalized = U_SUCCESS(error) && normalizer->isNormalizedUTF8(icu::StringPiece(text, length), error);
    *status = (int32_t)error;
    return normalized;
}
