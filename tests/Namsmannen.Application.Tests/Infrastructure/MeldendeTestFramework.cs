using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("Namsmannen.Application.Tests.Infrastructure.MeldendeTestFramework", "Namsmannen.Application.Tests")]

namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>
/// xunit's own framework, which first says in one line of the test output which PostgreSQL this run uses
/// (shown because xunit.runner.json turns diagnostic messages on). The web and browser tests name it too.
/// </summary>
public sealed class MeldendeTestFramework : XunitTestFramework
{
    public const string Innledning = "PostgreSQL for the tests: ";

    public MeldendeTestFramework(IMessageSink messageSink)
        : base(messageSink) => messageSink.OnMessage(new DiagnosticMessage(Innledning + TestPostgres.Valg.Beskrivelse));
}
