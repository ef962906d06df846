// Says in the test output which PostgreSQL this run uses (see Namsmannen.Application.Tests.Infrastructure.MeldendeTestFramework).
[assembly: Xunit.TestFramework("Namsmannen.Application.Tests.Infrastructure.MeldendeTestFramework", "Namsmannen.Application.Tests")]
