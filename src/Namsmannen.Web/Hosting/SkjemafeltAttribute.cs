namespace Namsmannen.Web.Hosting;

/// <summary>
/// On a page handler: the command's property <paramref name="kommandofelt"/> is the form's field
/// <paramref name="skjemafelt"/>, so <see cref="ValidationExceptionPageFilter"/> shows the command's error by that field
/// (a form whose fields are not named <c>Data.</c> + the command's property).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SkjemafeltAttribute(string kommandofelt, string skjemafelt) : Attribute
{
    public string Kommandofelt { get; } = kommandofelt;

    public string Skjemafelt { get; } = skjemafelt;
}
