using System.Text;

namespace Convert.Tests.Fixtures;

/// <summary>
/// Compares output with a golden file kept next to the fixture. Set <c>DECLUTTER_ACCEPT=1</c> to write the
/// current output as the new golden file instead (then review the diff with git before committing).
/// </summary>
internal static class GoldenFile
{
    private static bool Accepting =>
        Environment.GetEnvironmentVariable("DECLUTTER_ACCEPT") is "1" or "true";

    public static void AssertMatches(string goldenPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Accepting)
        {
            File.WriteAllText(goldenPath, actual, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(goldenPath))
        {
            Assert.Fail($"No golden file {Path.GetFileName(goldenPath)}; run the tests with DECLUTTER_ACCEPT=1 to create it.");
        }

        var expected = File.ReadAllText(goldenPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            Assert.Fail($"{Path.GetFileName(goldenPath)} differs at line {FirstDifferentLine(expected, actual)}; "
                + "if the change is intended, run the tests with DECLUTTER_ACCEPT=1 and review the diff.\n"
                + $"expected:\n{expected}\nactual:\n{actual}");
        }
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        return i + 1;
    }
}
