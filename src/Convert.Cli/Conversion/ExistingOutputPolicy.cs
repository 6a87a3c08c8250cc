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
    /// <summary>True when <paramref name="plan"/> is not to be converted under <paramref name="policy"/>.</summary>
    public static bool Skips(PlannedConversion plan, ExistingOutputPolicy policy)
    {
        if (plan.Target is not FileTarget file || policy is ExistingOutputPolicy.Refuse or ExistingOutputPolicy.Overwrite)
            return false;
        var output = new FileInfo(file.FullPath);
        if (!output.Exists)
            return false;
        if (policy == ExistingOutputPolicy.Skip)
            return true;
        // stdin has no modification time: it is always converted again.
        return plan.Input.FullPath is { } inputPath && File.GetLastWriteTimeUtc(inputPath) <= output.LastWriteTimeUtc;
    }

    /// <summary>Whether a conversion under <paramref name="policy"/> may replace an existing output file.</summary>
    public static bool MayOverwrite(ExistingOutputPolicy policy) => policy is ExistingOutputPolicy.Overwrite or ExistingOutputPolicy.UpdateOlder;
}
