namespace Convert.Core.Validation;

/// <summary>How much a finding matters. Only errors (and too many warnings) fail a CI gate.</summary>
public enum Severity
{
    /// <summary>Good to know; never fails a run (e.g. what cleaning removed).</summary>
    Info,
    /// <summary>Worth a look; fails a run only past --max-warnings.</summary>
    Warning,
    /// <summary>The file is not clean; fails the run.</summary>
    Error,
}
