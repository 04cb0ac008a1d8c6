// Reading inputs: regular files only, streamed with a size limit, with the OS's reason when a
// file cannot be opened. A FIFO, a device or a directory is refused by its type before it is
// opened, so a named pipe without a writer never blocks the run.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <system_error>

#include "common/text.h"
#include "crossfoot/ingest.h"

namespace crossfoot {

using text::os_reason;

namespace {

// Empty for a regular file, else why it is not read.
std::string not_a_file_reason(mode_t mode) {
    if (S_ISREG(mode)) return {};
    if (S_ISDIR(mode)) return "is a directory, not a file";
    if (S_ISFIFO(mode)) return "is a named pipe (FIFO), not a regular file";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a regular file";
    if (S_ISSOCK(mode)) return "is a socket, not a regular file";
    return "is not a regular file";
}

// "3 MiB", rounded up so that a file over the limit never reads as equal to it; a limit below
// one MiB (in tests) in bytes.
std::string mebibytes(size_t bytes) {
    constexpr size_t kMiB = size_t{1} << 20;
    if (bytes < kMiB) return std::to_string(bytes) + " bytes";
    return std::to_string((bytes + kMiB - 1) / kMiB) + " MiB";
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    [[nodiscard]] int get() const { return fd_; }

private:
    int fd_;
};

}  // namespace

std::string read_stream_bytes(int fd, const std::string& path, size_t max_bytes) {
    std::string bytes;
    std::array<char, 1 << 16> buffer{};
    while (true) {
        ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw ToolError(path, "cannot read: " + os_reason(errno));
        if (n == 0) return bytes;
        if (bytes.size() + static_cast<size_t>(n) > max_bytes)
            throw ToolError(path, "input is over the limit of " + mebibytes(max_bytes));
        bytes.append(buffer.data(), static_cast<size_t>(n));
    }
}

std::string read_file_bytes(const std::string& path, size_t max_bytes) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        throw ToolError(path, "cannot open file: " + os_reason(errno));
    if (auto reason = not_a_file_reason(info.st_mode); !reason.empty())
        throw ToolError(path, reason);
    // O_NONBLOCK: should the path have become a FIFO since stat, open does not wait for a writer.
    FileDescriptor file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (file.get() < 0) throw ToolError(path, "cannot open file: " + os_reason(errno));
    if (::fstat(file.get(), &info) != 0)
        throw ToolError(path, "cannot open file: " + os_reason(errno));
    if (auto reason = not_a_file_reason(info.st_mode); !reason.empty())
        throw ToolError(path, reason);
    auto size = static_cast<size_t>(info.st_size);
    if (size > max_bytes)
        throw ToolError(
            path, "file is " + mebibytes(size) + ", over the limit of " + mebibytes(max_bytes));
    // The size is checked again while reading: the file may grow.
    return read_stream_bytes(file.get(), path, max_bytes);
}

}  // namespace crossfoot
