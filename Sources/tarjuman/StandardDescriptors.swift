import Foundation

/// Standard input, output and error closed by the caller (`>&-`).
enum StandardDescriptors {
    /// Puts `/dev/null` on each of descriptors 0, 1 and 2 that is closed, opened the other
    /// way (for reading where one writes), so that using it fails as on a closed one ("Bad
    /// file descriptor") and no descriptor the process opens later takes its number (pass
    /// 30: with standard output closed, the report went to an epoll descriptor that had
    /// become descriptor 1, and the message said "Invalid argument").
    static func holdClosedOnes() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let held = open("/dev/null", descriptor == 0 ? O_WRONLY : O_RDONLY)
            if held >= 0 && held != descriptor {
                dup2(held, descriptor)
                close(held)
            }
        }
    }
}
