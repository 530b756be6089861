// Sentence iteration: ICU's BreakIterator, optionally filtered with abbreviation
// suppressions (FilteredBreakIteratorBuilder exists only in ICU's C++ API).
#include "cicu.h"

#include <memory>
#include <new>
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <climits>

static_assert(UBRK_DONE == -1, "done marker");

struct cicu_sentence_iterator {
    std::unique_ptr<icu::BreakIterator> iterator;
};

extern "C" cicu_sentence_iterator *cicu_sentence_open(const char *locale, const uint16_t *const *suppressions,
                                                      const int32_t *lengths, int32_t count, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale where(locale);
    std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(where, error));
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return nullptr;
    }
    if (count > 0) {
        std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
            icu::FilteredBreakIteratorBuilder::createEmptyInstance(error));
        for (int32_t i = 0; i < count && U_SUCCESS(error); i++) {
            icu::UnicodeString word(false, (const UChar *)suppressions[i], lengths[i]);
            builder->suppressBreakAfter(word, error);
        }
        if (U_SUCCESS(error)) {
            base.reset(builder->wrapIteratorWithFilter(base.release(), error));
        }
        if (U_FAILURE(error)) {
            *status = (int32_t)error;
            return nullptr;
        }
    }
    // No C++ exception may reach Swift: allocate without throwing.
    cicu_sentence_iterator *iterator = new (std::nothrow) cicu_sentence_iterator{std::move(base)};
    *status = iterator ? (int32_t)error : (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return iterator;
}

extern "C" void cicu_sentence_close(cicu_sentence_iterator *iterator) { delete iterator; }

extern "C" int32_t cicu_sentence_breaks(cicu_sentence_iterator *iterator, const uint16_t *text, int32_t length,
                                        int32_t *breaks, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UText *utext = utext_openUChars(nullptr, (const UChar *)text, length, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return 0;
    }
    iterator->iterator->setText(utext, error);
    int32_t found = 0;
    if (U_SUCCESS(error)) {
        for (int32_t at = iterator->iterator->next(); at != UBRK_DONE; at = iterator->iterator->next()) {
            if (found < capacity) {
                breaks[found] = at;
            }
            found++;
        }
    }
    // Detach the iterator from the caller's buffer before it goes away.
    icu::UnicodeString empty;
    iterator->iterator->setText(empty);
    utext_close(utext);
    *status = (int32_t)error;
    return found;
}

extern "C" int64_t cicu_sentence_count_utf8(const char *locale, const char *text, int64_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    if (length > INT32_MAX) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return -1;
    }
    int32_t units = 0;
    u_strFromUTF8(nullptr, 0, &units, text, (int32_t)length, &error);
    if (error != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    error = U_ZERO_ERROR;
    std::unique_ptr<UChar[]> buffer(new (std::nothrow) UChar[units > 0 ? units : 1]);
    if (!buffer) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return -1;
    }
    u_strFromUTF8(buffer.get(), units, nullptr, text, (int32_t)length, &error);
    std::unique_ptr<icu::BreakIterator> iterator(icu::BreakIterator::createSentenceInstance(icu::Locale(locale), error));
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    icu::UnicodeString string(false, buffer.get(), units);
    iterator->setText(string);
    int64_t count = 0;
    for (int32_t at = iterator->next(); at != UBRK_DONE; at = iterator->next()) {
        count++;
    }
    *status = 0;
    return count;
}
