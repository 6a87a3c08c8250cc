using Convert.Cli.Input;
using Convert.Core.Writing;

namespace Convert.Cli.Output;

/// <summary>
/// Decides where each input's document goes and refuses unsafe writes: outputs that exist (without --force),
/// outputs that are inputs however a link reaches them (always), special files (always), and two inputs that would
/// write the same file. The options are checked at once; a batch's inputs are planned one at a time, in input order,
/// as the conversions take them, so that no plan of a batch of thousands outlives its conversion.
/// </summary>
internal static class OutputPlanner
{
    /// <exception cref="CliUsageException">The options do not fit the inputs (e.g. -o with several inputs).</exception>
    public static IEnumerable<PlannedConversion> Plan(
        OutputRequest settings, IReadOnlyList<InputSource> inputs, IArticleWriter writer, CliEnvironment env)
    {
        if (settings.OutputDirectory is { } outputDirectory)
            return PlanDirectory(settings, inputs, writer, outputDirectory, env.CurrentDirectory);

        if (inputs.Count > 1)
        {
            throw new CliUsageException(settings.OutputFile is null
                ? $"{inputs.Count} inputs need --output-dir (or convert one input at a time)"
                : $"-o takes exactly one input, got {inputs.Count} (use --output-dir for several)");
        }

        var input = inputs[0];
        if (settings.OutputFile is null || settings.OutputIsStdout)
        {
            if (writer.IsBinary && env.IsStdoutTerminal)
                throw new CliUsageException($"refusing to write {writer.Format} to a terminal (use -o FILE or redirect stdout)");
            return new[] { new PlannedConversion(input, StdoutTarget.Instance) };
        }

        var target = new FileTarget(settings.OutputFile, Path.GetFullPath(settings.OutputFile, env.CurrentDirectory));
        return new[] { Check(input, target, InputFiles.Of(inputs), settings.Force, claimed: null) };
    }

    private static IEnumerable<PlannedConversion> PlanDirectory(
        OutputRequest settings, IReadOnlyList<InputSource> inputs, IArticleWriter writer, string outputDirectory, string currentDirectory)
    {
        if (inputs.Any(input => input.IsStdin))
            throw new CliUsageException("stdin ('-') cannot be used with --output-dir (use -o FILE)");

        var outputRoot = Path.GetFullPath(outputDirectory, currentDirectory);
        if (File.Exists(outputRoot))
            throw new CliUsageException($"--output-dir {outputDirectory}: is a file, not a directory");

        var commonRoot = CommonRoot(inputs.Select(input => input.MirrorBase!))
            ?? throw new CliUsageException("the inputs share no common folder to mirror under --output-dir");

        var claimed = new OutputClaims();
        var inputFiles = InputFiles.Of(inputs);
        // Lazy, and so planned in input order as long as it is enumerated once, in order: the first input claims an output.
        return inputs.Select(input =>
        {
            var relative = Path.ChangeExtension(Path.GetRelativePath(commonRoot, input.FullPath!), writer.Extension);
            var target = new FileTarget(Path.Join(outputDirectory, relative), Path.GetFullPath(relative, outputRoot));
            return Check(input, target, inputFiles, settings.Force, claimed);
        });
    }

    private static PlannedConversion Check(
        InputSource input, FileTarget target, InputFiles inputFiles, bool force, OutputClaims? claimed)
    {
        if (OutputPathCheck.Refusal(target.DisplayPath, target.FullPath, force, inputFiles, claimed, input) is { } refusal)
            return new(input, target, refusal);
        return new(input, target);
    }

    /// <summary>The deepest folder containing all the given folders, or null when they are on different roots.</summary>
    internal static string? CommonRoot(IEnumerable<string> folders)
    {
        string[]? common = null;
        string? root = null;
        foreach (var folder in folders.Select(PathComparison.Normalize))
        {
            var folderRoot = Path.GetPathRoot(folder) ?? "";
            var segments = folder[folderRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            if (common is null)
            {
                (common, root) = (segments, folderRoot);
                continue;
            }
            if (!PathComparison.Comparer.Equals(root, folderRoot))
                return null;
            var shared = 0;
            while (shared < common.Length && shared < segments.Length && PathComparison.Comparer.Equals(common[shared], segments[shared]))
                shared++;
            common = common[..shared];
        }
        return common is null ? null : Path.Join([root!, .. common]);
    }
}
