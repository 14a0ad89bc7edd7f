# train.gp - the test accuracy of each activation after the last epoch
# (claim M6): the median over the seeds (dot) and the lowest and highest
# (bar). The data are 12-modern-activations-train's (chapter.mk).
eval figsize(6)
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
f = datadir."/../12-modern-activations-train/train.tsv"
set ylabel "test accuracy (%)"
set xrange [-0.6:*]
set offsets 0, 0.6, 0.5, 0.5
unset key
plot f using "x":"acc":"lo":"hi":xticlabels(stringcolumn("act")) \
         with yerrorbars lt 1 pt 7 ps 0.6
