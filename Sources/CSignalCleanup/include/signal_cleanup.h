#ifndef TARJUMAN_SIGNAL_CLEANUP_H
#define TARJUMAN_SIGNAL_CLEANUP_H
#include <stddef.h>
#include <sys/types.h>

/// Installs handlers for the terminating signals (INT, TERM, HUP, QUIT, USR1, USR2, ALRM,
/// PIPE, XCPU, XFSZ, VTALRM, PROF; those not already ignored) that delete
/// every registered file, then end the process by the same signal; unblocks those signals.
void tarjuman_cleanup_install(void);

/// Registers `path` for deletion on a signal. Returns 0, or -1 when the table is full or the
/// path too long (the file is then not cleaned up on a signal, but still written safely).
int tarjuman_cleanup_add(const char *path);

/// For a write that failed with EPIPE: when the handlers are installed and SIGPIPE was not
/// ignored at install time, deletes
/// every registered file and ends the process by SIGPIPE, as the default action would have
/// had a library (SwiftNIO) not set SIGPIPE to be ignored since. Otherwise returns.
void tarjuman_cleanup_broken_pipe(void);

/// write(2) with SIGPIPE blocked for the call, and the SIGPIPE a broken pipe raises taken
/// back: the write fails with EPIPE and the process goes on (for standard error, where a
/// reader that has gone must not end the run).
ssize_t tarjuman_write_without_sigpipe(int descriptor, const void *buffer, size_t count);

/// Creates the temporary file `path` with open(path, flags, mode) and registers it, so that
/// a signal arriving at any moment, on any thread, leaves no file behind. Returns the
/// descriptor, or -1 with errno set.
int tarjuman_cleanup_create(const char *path, int flags, mode_t mode);
/// Registers `path` for deletion on a signal only if the handler can then take an
/// exclusive flock on `guard` (a descriptor of the file that this process holds shared): a
/// file another process has open under the same protocol is left. A path registered already
/// gets the guard in place. Returns as tarjuman_cleanup_add.
int tarjuman_cleanup_add_guarded(const char *path, int guard);

/// Forgets `path`.
void tarjuman_cleanup_remove(const char *path);

#endif
