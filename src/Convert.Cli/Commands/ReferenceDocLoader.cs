using Convert.Cli.Reporting;
using Convert.Core.Writing;

namespace Convert.Cli.Commands;

/// <summary>Reads --reference-doc before any work, so a missing or broken file stops the run with one line.</summary>
internal static class ReferenceDocLoader
{
    /// <summary>The reference document, or null when none was given; its warnings go to stderr unless quiet.</summary>
    /// <exception cref="CliUsageException">The file is missing, unreadable or not a Word document.</exception>
    public static DocxReferenceDocument? Load(string? path, bool quiet, CliEnvironment env)
    {
        if (path is null)
            return null;

        DocxReferenceDocument reference;
        try
        {
            using var stream = File.OpenRead(Path.GetFullPath(path, env.CurrentDirectory));
            reference = DocxReferenceDocument.Load(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            throw new CliUsageException($"--reference-doc {path}: {reason}");
        }

        if (!quiet)
        {
            foreach (var warning in reference.Warnings)
                env.Error.WriteLine(Diagnostics.Warning(path, warning));
        }

        return reference;
    }
}
