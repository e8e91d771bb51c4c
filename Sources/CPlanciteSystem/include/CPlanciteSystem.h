#ifndef PLANCITE_SYSTEM_H
#define PLANCITE_SYSTEM_H

#include <spawn.h>

/// Makes a pipe whose two ends are close-on-exec from the start, so that a process started by
/// another thread in the meantime cannot inherit them. Returns 0, or -1 with errno set.
int plancite_pipe_cloexec(int descriptors[2]);

/// Adds to `actions` the closing of every descriptor from `lowest` up, where the C library can;
/// returns 0 when added, an error number otherwise.
int plancite_spawn_close_from(posix_spawn_file_actions_t *actions, int lowest);

#endif
