using System.Diagnostics;
using Convert.Cli.Input;
using Convert.Core.Learning;
using Convert.Core.Model;
using Convert.Core.Validation;
using Convert.Core.Writing.Json;

namespace Convert.Cli.Validate;

/// <summary>Reads one input and checks it; a file that cannot be read or whose check crashes becomes a failure, not an exception.</summary>
internal sealed class FileChecker(CliEnvironment env)
{
    /// <summary>The file's findings (all severities in effect) or its failure, and the time it took.</summary>
    public (IReadOnlyList<Finding> Findings, FileFailure? Failure, TimeSpan Elapsed) Check(InputSource input, string name, ValidationSettings validation)
    {
        var clock = Stopwatch.StartNew();
        var (findings, failure) = CheckUntimed(input, name, validation);
        return (findings, failure, clock.Elapsed);
    }

    private (IReadOnlyList<Finding>, FileFailure?) CheckUntimed(InputSource input, string name, ValidationSettings validation)
    {
        var kind = FileKinds.FromPath(name) ?? FileKind.Text;
        byte[] bytes;
        try
        {
            // An article JSON over its limit is refused unread rather than read whole first.
            var maxBytes = kind == FileKind.Json ? Math.Min(env.MaxInputBytes, Convert.Core.Limits.JsonLimits.MaxBytes + 3) : env.MaxInputBytes;
            bytes = InputReader.Read(input, env.StandardInput, maxBytes);
        }
        catch (InputTooLargeException e)
        {
            // Too large to read is the "unreadable" rule's finding, so the config's severity for it applies (off included).
            return (validation.Severities.For(ValidationRules.Unreadable) is { } severity
                ? [new Finding(ValidationRules.Unreadable, severity, e.Message, name)]
                : [], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], new FileFailure(FileFailure.ReadError, $"cannot read: {e.Message}"));
        }

        try
        {
            return (FileValidator.Validate(name, bytes, kind, validation, kind == FileKind.Docx ? SiblingJson(input) : null), null);
        }
#pragma warning disable CA1031 // A crash on one file is reported and ends the run with exit 2, but the other files are still checked.
        catch (Exception e) when (e is not OperationCanceledException and not ModelFormatException)
#pragma warning restore CA1031
        {
            return ([], new FileFailure(FileFailure.InternalError, $"internal error: {e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>The article of NAME.json beside NAME.docx, when there is one and it reads.</summary>
    private static Article? SiblingJson(InputSource input)
    {
        if (input.FullPath is null)
            return null;
        var path = Path.ChangeExtension(input.FullPath, ".json");
        try
        {
            if (!File.Exists(path))
                return null;
            using var stream = File.OpenRead(path);
            return JsonArticleReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonArticleFormatException)
        {
            // The JSON gets its own findings when it is validated; here it only tells what the document should hold.
            return null;
        }
    }
}
