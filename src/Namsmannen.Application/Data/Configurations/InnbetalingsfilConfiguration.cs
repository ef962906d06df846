using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Innbetalinger;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class InnbetalingsfilConfiguration : IEntityTypeConfiguration<Innbetalingsfil>
{
    public void Configure(EntityTypeBuilder<Innbetalingsfil> builder)
    {
        builder.ToTable("innbetalingsfiler");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Filnavn).HasMaxLength(200).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.HasIndex(f => f.Sha256).IsUnique();
        builder.Property(f => f.LastetOppAvNavn).HasMaxLength(200).IsRequired();
    }
}
