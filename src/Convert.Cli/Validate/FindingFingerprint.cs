using System.Security.Cryptography;
using System.Text;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// A finding's identity that survives edits elsewhere in its file: the rule and the finding's text (which quotes the
/// line it is about), without the line number. Baselines and SARIF partialFingerprints use it.
/// </summary>
internal static class FindingFingerprint
{
    /// <summary>16 hex digits of SHA-256 over the rule id and the message with whitespace collapsed.</summary>
    public static string Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = finding.RuleId + "\n" + string.Join(' ', finding.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
