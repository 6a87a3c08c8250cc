namespace Convert.Cli.Validate;

/// <summary>
/// A report format. Files arrive one at a time in input order and are written (or, for formats whose header
/// needs totals, reduced to their findings) as they come, so memory does not grow with the articles checked.
/// </summary>
internal interface IValidationReport
{
    void Add(CheckedFile file);

    void Finish(ValidationSummary summary);
}
