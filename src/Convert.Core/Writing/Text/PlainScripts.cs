using System.Text;
using Convert.Core.Model;

namespace Convert.Core.Writing.Text;

/// <summary>
/// Runs as plain text, a subscript or superscript written with the Unicode characters for it when every character
/// of the run has one (H₂O, E=mc², x⁽ⁿ⁾), else as it is: "CO2" still reads, "H 2 O" or "^2" would not.
/// </summary>
internal static class PlainScripts
{
    private const string Plain = "0123456789+-=()n";
    private const string Sub = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₙ";
    private const string Super = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ";

    public static string Text(IReadOnlyList<Run> runs)
    {
        var text = new StringBuilder();
        foreach (var run in runs)
            text.Append(Text(run));
        return text.ToString();
    }

    private static string Text(Run run)
    {
        var map = run.Position switch
        {
            RunPosition.Subscript => Sub,
            RunPosition.Superscript => Super,
            _ => null,
        };
        if (map is null || run.Text.Any(c => Plain.IndexOf(c) < 0))
            return run.Text;
        return string.Concat(run.Text.Select(c => map[Plain.IndexOf(c)]));
    }
}
