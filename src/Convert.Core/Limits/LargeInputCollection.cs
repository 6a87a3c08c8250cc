namespace Convert.Core.Limits;

/// <summary>
/// Full garbage collections between the stages of one conversion, only for inputs far larger than any article page.
/// Each stage of a 16 MB page leaves copies of its text behind (the parser's nodes, the blocks the learned scorer
/// compared, the strings the rules split), most of them large objects, which the runtime collects only in a full
/// collection, when it chooses: the peak then depends on its timing and was up to twice the live memory. A collection
/// costs a fraction of a second against the tens of seconds such a page takes; pages below the threshold never pay it.
/// </summary>
internal static class LargeInputCollection
{
    /// <summary>Inputs of at least this many characters (or bytes) are collected after: 3 of WCXB dev's 1,497 pages are larger.</summary>
    public const int MinLength = 4 * 1024 * 1024;

    public static void After(int inputLength)
    {
        if (inputLength < MinLength)
            return;
        // The large objects are freed, not moved: compacting them would copy page-sized strings, a peak of its own.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
