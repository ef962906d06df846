using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class BetalingConfiguration : IEntityTypeConfiguration<Betaling>
{
    public void Configure(EntityTypeBuilder<Betaling> builder)
    {
        builder.ToTable("betalinger");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).UseIdentityAlwaysColumn();
        builder.Property(b => b.RegistrertAvNavn).HasMaxLength(200).IsRequired();
        builder.HasIndex(b => b.SakId);
        builder.HasOne<Sak>().WithMany(s => s.Betalinger).HasForeignKey(b => b.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
