using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class FordelingForslagConfiguration : IEntityTypeConfiguration<FordelingForslag>
{
    public void Configure(EntityTypeBuilder<FordelingForslag> builder)
    {
        builder.ToTable("fordelinger");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.RegistrertAvId).IsRequired();
        builder.Property(f => f.RegistrertAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(f => f.GodkjentAvNavn).HasMaxLength(200);
        builder.Property(f => f.ReturnertAvNavn).HasMaxLength(200);
        builder.Property(f => f.ReturBegrunnelse).HasMaxLength(800);
        builder.Ignore(f => f.Venter);
        builder.Ignore(f => f.TilSaksoker);
        builder.HasIndex(f => f.SakId);
        builder.Property(f => f.Satsrader).HasDefaultValueSql("'{}'::bigint[]").IsRequired();
        builder.HasOne<Sak>().WithMany(s => s.Fordelinger).HasForeignKey(f => f.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Linjer).WithOne().HasForeignKey(l => l.FordelingId).OnDelete(DeleteBehavior.Cascade);
    }
}
