// Locale id checks: ICU accepts any string as a locale and silently falls back to its root
// rules, so a mistyped icu_locale must be caught before that happens.
#include "cicu.h"

#include <unicode/uloc.h>

bool cicu_locale_is_well_formed(const char *locale) {
    if (locale[0] == '\0') return false;
    UErrorCode error = U_ZERO_ERROR;
    char tag[ULOC_FULLNAME_CAPACITY];
    uloc_toLanguageTag(locale, tag, (int32_t)sizeof tag, /* strict */ 1, &error);
    if (U_FAILURE(error)) return false;
    char language[ULOC_LANG_CAPACITY];
    error = U_ZERO_ERROR;
    int32_t length = uloc_getLanguage(locale, language, (int32_t)sizeof language, &error);
    return U_SUCCESS(error) && length >= 2;
}
