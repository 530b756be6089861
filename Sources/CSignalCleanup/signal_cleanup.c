// Async-signal-safe clean-up of temporary output files: the handler only reads a fixed
// table and calls unlink(), signal() and raise(), all async-signal-safe.
#include "signal_cleanup.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

enum { SLOTS = 1024 };  // BSS pages are only resident once a slot is used

static char paths[SLOTS][PATH_MAX];
static atomic_int used[SLOTS];
/// For a file others may share (a memory store): a descriptor the handler must take an
/// exclusive flock on before it deletes the file; -1 for a file of this process alone.
static atomic_int guards[SLOTS];
static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_int installed;
static atomic_int pipe_was_ignored;
/// Set by the handler before it deletes anything: a file being created on another thread
/// meanwhile is deleted by its creator (see tarjuman_cleanup_create).
static atomic_int dying;

/// Temporary files being created right now (between registration and open()).
static atomic_int creating;
/// The signals the handler is installed for, blocked while a file is created.
static sigset_t handled;

static void clean_up_and_reraise(int signal_number) {
    atomic_store(&dying, 1);
    // A creation in progress on another thread finishes (its thread blocks these signals
    // meanwhile, so it is never this one), and its file is then deleted below.
    while (atomic_load(&creating) > 0) {
    }
    for (int slot = 0; slot < SLOTS; slot++) {
        if (!atomic_load(&used[slot])) continue;
        int guard = atomic_load(&guards[slot]);
        // flock is a plain system call: another process holding the file shared keeps it.
        if (guard >= 0 && flock(guard, LOCK_EX | LOCK_NB) != 0) continue;
        unlink(paths[slot]);
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

void tarjuman_cleanup_install(void) {
    atomic_store(&installed, 1);
    sigemptyset(&handled);
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
        sigaddset(&handled, signals[index]);
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

ssize_t tarjuman_write_without_sigpipe(int descriptor, const void *buffer, size_t count) {
    sigset_t pipe_only, previous, pending;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    sigpending(&pending);
    int was_pending = sigismember(&pending, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_only, &previous);
    ssize_t written = write(descriptor, buffer, count);
    int saved = errno;
    // The write's own SIGPIPE waits, blocked, for this thread: take it, so that it is
    // never delivered.
    if (written < 0 && saved == EPIPE && !was_pending) {
        struct timespec now = {0, 0};
        sigtimedwait(&pipe_only, NULL, &now);
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    errno = saved;
    return written;
}

int tarjuman_cleanup_add(const char *path) { return tarjuman_cleanup_add_guarded(path, -1); }

int tarjuman_cleanup_add_guarded(const char *path, int guard) {
    size_t length = strlen(path);
    if (length >= PATH_MAX) return -1;
    int result = -1;
    pthread_mutex_lock(&table_lock);
    // A path registered already gets the guard in place: no moment without either.
    for (int slot = 0; slot < SLOTS; slot++) {
        if (atomic_load(&used[slot]) && strcmp(paths[slot], path) == 0) {
            atomic_store(&guards[slot], guard);
            pthread_mutex_unlock(&table_lock);
            return 0;
        }
    }
    for (int slot = 0; slot < SLOTS; slot++) {
        if (!atomic_load(&used[slot])) {
            memcpy(paths[slot], path, length + 1);
            atomic_store(&guards[slot], guard);
            atomic_store(&used[slot], 1);
            result = 0;
            break;
        }
    }
    pthread_mutex_unlock(&table_lock);
    return result;
}

int tarjuman_cleanup_create(const char *path, int flags, mode_t mode) {
    // With the handled signals blocked on this thread and `creating` raised, a handler
    // (on another thread) waits for the file to exist and be registered before it deletes
    // the registered files; one that started before sets `dying`, seen here.
    sigset_t previous;
    pthread_sigmask(SIG_BLOCK, &handled, &previous);
    atomic_fetch_add(&creating, 1);
    int descriptor = -1;
    int saved = 0;
    if (!atomic_load(&dying)) {
        int registered = tarjuman_cleanup_add(path);
        descriptor = open(path, flags, mode);
        saved = errno;
        if (descriptor < 0 && registered == 0) tarjuman_cleanup_remove(path);
    }
    atomic_fetch_sub(&creating, 1);
    if (atomic_load(&dying)) {
        // The handler may have passed this file's slot before it was registered.
        if (descriptor >= 0) unlink(path);
        for (;;) pause();
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    errno = saved;
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
