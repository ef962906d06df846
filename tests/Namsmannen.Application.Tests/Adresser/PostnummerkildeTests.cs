using System.Text;
using Namsmannen.Application.Adresser;

namespace Namsmannen.Application.Tests.Adresser;

/// <summary>Posten's postnummerregister as the app reads it: the copy it carries, and a newer file of Posten's.</summary>
public sealed class PostnummerkildeTests
{
    [Fact]
    public void The_embedded_copy_is_Postens_register_of_its_day()
    {
        var register = Postnummerkilde.Innebygd();

        register.Dato.ShouldBe(new DateOnly(2026, 1, 22));
        register.Antall.ShouldBe(5122);
        register.Finn("0155").ShouldBe(new Domain.Parter.Poststed("0155", "OSLO", "0301", "OSLO", 'G'));
        register.Finn("9990")!.Navn.ShouldBe("BÅTSFJORD");
        register.Finn("9999").ShouldBeNull();
        register.Finn("1337")!.Kommunenummer.ShouldBe("3201", "the 2024 municipality numbers");
    }

    [Fact]
    public void A_file_in_Postens_own_ANSI_encoding_is_read_and_dated_by_its_last_change()
    {
        var sti = Path.Combine(Path.GetTempPath(), $"postnummer-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(sti, Encoding.Latin1.GetBytes("0155\tOSLO\t0301\tOSLO\tG\r\n9990\tBÅTSFJORD\t5632\tBÅTSFJORD\tG\r\n9991\tBÅTSFJORD\t5632\tBÅTSFJORD\tP\r\n"));
        File.SetLastWriteTimeUtc(sti, new DateTime(2026, 11, 30, 23, 30, 0, DateTimeKind.Utc));
        try
        {
            var register = Postnummerkilde.Hent(sti);

            register.Antall.ShouldBe(3);
            register.Finn("9990")!.Navn.ShouldBe("BÅTSFJORD");
            register.MedPoststed("Båtsfjord").Count.ShouldBe(2);
            register.Dato.ShouldBe(new DateOnly(2026, 12, 1), "23:30 UTC is past midnight in Oslo");
        }
        finally
        {
            File.Delete(sti);
        }
    }

    [Fact]
    public void A_line_that_is_not_Postens_shape_is_refused_naming_the_line()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("0155\tOSLO\t0301\tOSLO\tG\n015\tOSLO\t0301\tOSLO\tG\n"));

        var feil = Should.Throw<InvalidOperationException>(() => Postnummerkilde.Les(stream, new DateOnly(2026, 1, 22), "test.txt"));

        feil.Message.ShouldBe("Line 2 of the postnummerregister test.txt is not five tab-separated fields (postnummer, poststed, kommunenummer, kommunenavn, kategori): «015\tOSLO\t0301\tOSLO\tG».");
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        Should.Throw<InvalidOperationException>(() => Postnummerkilde.Hent("/finnes/ikke.txt")).Message
            .ShouldBe("Postnummerregister:Fil names /finnes/ikke.txt, which does not exist.");
    }
}
