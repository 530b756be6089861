/*
 * The yardstick for `Benchmarks/CLI/speed.sh`: the bare ICU loop a user could write in C.
 * Reads a UTF-8 file, converts it to UTF-16 a paragraph block (≤ 1 MB) at a time, walks
 * ICU's sentence BreakIterator over it and writes every sentence back as UTF-8, one per
 * line, to standard output. No rules, no positions, no escaping.
 *
 * Build: cc -O2 -o icu_segment icu_segment.c -licuuc -licui18n
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

enum { block_size = 1 << 20 };

static void segment_block(const char *bytes, int32_t length, UChar *units, char *out) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t unit_count = 0;
    u_strFromUTF8(units, block_size + 1, &unit_count, bytes, length, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "utf8: %s\n", u_errorName(status)); exit(2); }
    UBreakIterator *breaker = ubrk_open(UBRK_SENTENCE, "en", units, unit_count, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "ubrk: %s\n", u_errorName(status)); exit(2); }
    int32_t start = ubrk_first(breaker);
    for (int32_t end = ubrk_next(breaker); end != UBRK_DONE; start = end, end = ubrk_next(breaker)) {
        int32_t written = 0;
        u_strToUTF8(out, 4 * block_size, &written, units + start, end - start, &status);
        if (U_FAILURE(status)) { fprintf(stderr, "utf16: %s\n", u_errorName(status)); exit(2); }
        out[written] = '\n';
        fwrite(out, 1, (size_t)written + 1, stdout);
    }
    ubrk_close(breaker);
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: icu_segment FILE\n"); return 2; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 2; }
    char *bytes = malloc(block_size + 1);
    UChar *units = malloc(sizeof(UChar) * (block_size + 1));
    char *out = malloc(4 * block_size + 1);
    size_t held = 0;
    for (;;) {
        size_t got = fread(bytes + held, 1, block_size - held, file);
        held += got;
        if (got == 0) {  /* end of file: whatever is left is the last block */
            if (held > 0) segment_block(bytes, (int32_t)held, units, out);
            break;
        }
        if (held < block_size) continue;
        /* A full block: cut after its last line break so no sentence is split. */
        size_t cut = held;
        while (cut > 0 && bytes[cut - 1] != '\n') cut--;
        if (cut == 0) cut = held;
        segment_block(bytes, (int32_t)cut, units, out);
        memmove(bytes, bytes + cut, held - cut);
        held -= cut;
    }
    fclose(file);
    return 0;
}
