using System.CommandLine;
using Formbricks.Contracts.Tool.Input;
using Formbricks.Contracts.Tool.Output;

namespace Formbricks.Contracts.Tool.Commands;

/// <summary>
/// <c>formbricks-contracts baseline accept SPEC BASELINE</c>: the current spec becomes the accepted baseline of the
/// in-build drift check (its AdditionalFiles <c>Baseline</c>). The spec must be readable; the copy is atomic.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var spec = new Argument<string>("SPEC") { Description = "The current spec (the AdditionalFiles item)." };
        var baseline = new Argument<string>("BASELINE") { Description = "The baseline file to overwrite (the item's Baseline metadata)." };
        var accept = new Command("accept", "Copies SPEC over BASELINE, so the build accepts the spec's breaking changes.") { spec, baseline };
        accept.SetAction(parse =>
        {
            var specPath = parse.GetValue(spec)!;
            var baselinePath = parse.GetValue(baseline)!;
            try
            {
                var (_, text) = SpecSource.ReadText(specPath);
                SpecSource.Load(specPath);
                AtomicFile.Write(baselinePath, text);
                output.WriteLine($"{baselinePath} now holds {specPath}.");
                return ExitCodes.Success;
            }
            catch (UsageException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Usage;
            }
            catch (UnreadableSpecException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Unreadable;
            }
        });
        return new Command("baseline", "Manages the baseline of the in-build drift check.") { accept };
    }
}
