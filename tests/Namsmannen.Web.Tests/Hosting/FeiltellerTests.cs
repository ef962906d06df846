using Microsoft.Extensions.Time.Testing;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>The per-app failure counts: a window from the first failure, and no growth without end.</summary>
public sealed class FeiltellerTests
{
    private static readonly TimeSpan Minutt = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_count_lives_for_its_window_from_the_first_failure_then_starts_again()
    {
        var klokke = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        var teller = new Feilteller(klokke);

        teller.Tell(Feilteller.Slag.ApiNokkel, "10.0.0.1", Minutt);
        klokke.Advance(TimeSpan.FromSeconds(40));
        teller.Tell(Feilteller.Slag.ApiNokkel, "10.0.0.1", Minutt);

        teller.Hent(Feilteller.Slag.ApiNokkel, "10.0.0.1", Minutt).ShouldBe((2, new DateTimeOffset(2026, 12, 2, 9, 1, 0, TimeSpan.Zero)));
        teller.Hent(Feilteller.Slag.Innlogging, "10.0.0.1", Minutt).Antall.ShouldBe(0, "wrong passwords are counted apart from keys");
        klokke.Advance(TimeSpan.FromSeconds(20));
        teller.Hent(Feilteller.Slag.ApiNokkel, "10.0.0.1", Minutt).Antall.ShouldBe(0, "the window ended a minute after the first failure");
    }

    [Fact]
    public void Addresses_whose_window_has_ended_are_dropped_once_there_are_many()
    {
        var klokke = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        var teller = new Feilteller(klokke);
        for (var i = 0; i < Feilteller.Opprydding; i++)
        {
            teller.Tell(Feilteller.Slag.ApiNokkel, $"2001:db8::{i:x}", Minutt);
        }

        klokke.Advance(TimeSpan.FromMinutes(2));
        teller.Tell(Feilteller.Slag.ApiNokkel, "2001:db8::ffff:1", Minutt);
        teller.Tell(Feilteller.Slag.ApiNokkel, "2001:db8::ffff:2", Minutt);

        teller.Antall.ShouldBe(2, "the 10 000 ended counts went at the first count past the limit; the two new addresses remain");
    }
}
