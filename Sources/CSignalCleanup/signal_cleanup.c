// Async-signal-safe clean-up of temporary output files: the handler only reads a fixed
// table and calls unlink(), signal() and raise(), all async-signal-safe.
#include "signal_cleanup.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <fcntl.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

enum { SLOTS = 1024 };  // BSS pages are only resident once a slot is used

static char paths[SLOTS][PATH_MAX];
static atomic_int used[SLOTS];
static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_int installed;
static atomic_int pipe_was_ignored;
/// Set by the handler before it deletes anything: a file being created on another thread
/// meanwhile is deleted by its creator (see tarjuman_cleanup_create).
static atomic_int dying;

static void clean_up_and_reraise(int signal_number) {
    atomic_store(&dying, 1);
    for (int slot = 0; slot < SLOTS; slot++) {
        if (atomic_load(&used[slot])) unlink(paths[slot]);
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

void tarjuman_cleanup_install(void) {
    atomic_store(&installed, 1);
    // Every signal whose default action ends the process without a core dump, and SIGQUIT.
    const int signals[] = {SIGINT,  SIGTERM, SIGHUP,  SIGQUIT, SIGUSR1, SIGUSR2,
                           SIGALRM, SIGPIPE, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF};
    for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) {
        struct sigaction previous;
        if (sigaction(signals[index], NULL, &previous) != 0) continue;
        if (previous.sa_handler == SIG_IGN) {  // nohup and friends: stay ignored
            if (signals[index] == SIGPIPE) atomic_store(&pipe_was_ignored, 1);
            continue;
        }
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = clean_up_and_reraise;
        sigemptyset(&action.sa_mask);
        sigaction(signals[index], &action, NULL);
        // A parent that blocked the signal (some test runners do) must not make it pend
        // forever.
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, signals[index]);
        pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    }
}

void tarjuman_cleanup_broken_pipe(void) {
    if (atomic_load(&installed) && !atomic_load(&pipe_was_ignored)) {
        clean_up_and_reraise(SIGPIPE);
    }
}

int tarjuman_cleanup_add(const char *path) {
    size_t length = strlen(path);
    if (length >= PATH_MAX) return -1;
    int result = -1;
    pthread_mutex_lock(&table_lock);
    for (int slot = 0; slot < SLOTS; slot++) {
        if (!atomic_load(&used[slot])) {
            memcpy(paths[slot], path, length + 1);
            atomic_store(&used[slot], 1);
            result = 0;
            break;
        }
    }
    pthread_mutex_unlock(&table_lock);
    return result;
}

int tarjuman_cleanup_create(const char *path, int flags, mode_t mode) {
    // Registered before it exists, so that a handler running at any time after the file
    // appears finds it, or has already set `dying` (checked after the open) and the file
    // is deleted here.
    int registered = tarjuman_cleanup_add(path);
    if (atomic_load(&dying)) {
        for (;;) pause();  // the handler on another thread ends the process
    }
    int descriptor = open(path, flags, mode);
    if (descriptor < 0) {
        if (registered == 0) tarjuman_cleanup_remove(path);
        return descriptor;
    }
    if (atomic_load(&dying)) {
        unlink(path);
        for (;;) pause();
    }
    return descriptor;
}

void tarjuman_cleanup_remove(const char *path) {
    pthread_mutex_lock(&table_lock);
    for (int slot = 0; slot < SLOTS; slot++) {
        if (atomic_load(&used[slot]) && strcmp(paths[slot], path) == 0) {
            atomic_store(&used[slot], 0);
            break;
        }
    }
    pthread_mutex_unlock(&table_lock);
}
