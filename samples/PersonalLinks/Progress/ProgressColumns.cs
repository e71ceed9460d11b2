using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PersonalLinks.Progress;

/// <summary>"1,250/100,000": links written and the segment's total.</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.IsIndeterminate
            ? string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
}

/// <summary>"3,400 links/s", measured by Spectre over the last samples.</summary>
internal sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:N0} links/s") : "– links/s", new Style(Color.Grey));
}
