using Convert.Cli.Output;

namespace Convert.Cli.Conversion;

/// <summary>What to do with an output file that already exists: --force, --skip-existing, --update, or refuse.</summary>
internal enum ExistingOutputPolicy
{
    /// <summary>The default: the input fails with "already exists" (decided when planning).</summary>
    Refuse,

    /// <summary>--force: write over it.</summary>
    Overwrite,

    /// <summary>--skip-existing: keep it; the input counts as skipped, not failed, so a resumed batch exits 0.</summary>
    Skip,

    /// <summary>--update: write over it when the input was modified after it, else keep it.</summary>
    UpdateOlder,
}

/// <summary>Applies an <see cref="ExistingOutputPolicy"/> to one planned output, just before converting.</summary>
internal static class ExistingOutputs
{
    /// <summary>Why <paramref name="plan"/> is skipped under <paramref name="policy"/>, or null to convert it.</summary>
    public static string? SkipReason(PlannedConversion plan, ExistingOutputPolicy policy)
    {
        if (plan.Target is not FileTarget file || policy is ExistingOutputPolicy.Refuse or ExistingOutputPolicy.Overwrite)
            return null;
        var output = new FileInfo(file.FullPath);
        if (!output.Exists)
            return null;
        if (policy == ExistingOutputPolicy.Skip)
            return "output exists";
        // stdin has no modification time: it is always converted again.
        if (plan.Input.FullPath is not { } inputPath)
            return null;
        return File.GetLastWriteTimeUtc(inputPath) > output.LastWriteTimeUtc ? null : "output is up to date";
    }

    /// <summary>Whether a conversion under <paramref name="policy"/> may replace an existing output file.</summary>
    public static bool MayOverwrite(ExistingOutputPolicy policy) => policy is ExistingOutputPolicy.Overwrite or ExistingOutputPolicy.UpdateOlder;
}
