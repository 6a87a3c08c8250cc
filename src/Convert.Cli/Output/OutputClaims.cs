using Convert.Cli.Input;

namespace Convert.Cli.Output;

/// <summary>The outputs already planned in a batch, by the <see cref="PathKey"/> of their real path, and the input each is for.</summary>
internal sealed class OutputClaims
{
    private readonly Dictionary<UInt128, InputSource> _byKey = [];

    /// <summary>Claims <paramref name="realPath"/> for <paramref name="input"/>; returns the input that claimed it first, or null.</summary>
    public InputSource? Claim(string realPath, InputSource input) =>
        _byKey.TryAdd(PathKey.Of(realPath), input) ? null : _byKey[PathKey.Of(realPath)];
}
