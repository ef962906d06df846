using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class InnsendingConfiguration : IEntityTypeConfiguration<Innsending>
{
    public void Configure(EntityTypeBuilder<Innsending> builder)
    {
        builder.ToTable("innsendinger");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kanal).HasMaxLength(10).IsRequired();
        builder.Property(i => i.OpprettetAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Status).HasMaxLength(20).IsRequired();
        builder.Property(i => i.Filnavn).HasMaxLength(200);
        builder.Property(i => i.Feilmelding).HasMaxLength(1000);
        builder.HasIndex(i => new { i.KreditorId, i.Opprettet });
        // The CSV worker picks up waiting files; the partial index stays tiny however many batches there are.
        builder.HasIndex(i => i.Opprettet).HasDatabaseName("ix_innsendinger_venter").HasFilter("status IN ('VENTER', 'BEHANDLES')");
        builder.Property(i => i.Forsok).HasDefaultValue(0);
        builder.HasOne<Kreditor>().WithMany().HasForeignKey(i => i.KreditorId).OnDelete(DeleteBehavior.Restrict);
    }
}
