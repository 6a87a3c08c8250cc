using System.Runtime.InteropServices;

namespace Convert.Cli.FileSystem;

/// <summary>
/// Tells pipes, devices and sockets from regular files. .NET reports them all as files, and renaming a finished
/// output over one would replace the pipe or device node itself (as root, even /dev/null), so outputs must be
/// regular files or absent.
/// </summary>
internal static class SpecialFiles
{
    private const int FileTypeMask = 0xF000;
    private const int StatBufferBytes = 256;

    /// <summary>What the file at <paramref name="path"/> is when it exists and is neither a regular file nor a folder
    /// ("a named pipe", "a character device"...), following links; null otherwise or where this cannot be told.</summary>
    public static string? Describe(string path)
    {
        if (ModeOffset() is not { } offset)
            return null;
        var buffer = new byte[StatBufferBytes];
        if (Stat(path, buffer) != 0)
            return null;
        return (BitConverter.ToInt32(buffer, offset) & FileTypeMask) switch
        {
            0x1000 => "a named pipe",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => null,
        };
    }

    // Where st_mode sits in glibc's and musl's struct stat; other platforms are not probed.
    private static int? ModeOffset() => !OperatingSystem.IsLinux() ? null : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => null,
    };

    // DllImport rather than LibraryImport, whose generated code needs the project to allow unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "stat", BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
}
