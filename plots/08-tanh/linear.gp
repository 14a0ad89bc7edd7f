# linear.gp - how far tanh z is from z, as a fraction of the bound z^3/3
# (claim T1): exactly (long double) and as a double program computes it.
# The bound holds where the ratio is at most 1.
set xlabel "{/:Italic z}"
set ylabel "({/:Italic z} - tanh {/:Italic z}) / ({/:Italic z}^3/3)"
set logscale x
set format x "10^{%L}"
set xrange [1e-8:10]
set yrange [0:2]
set xtics 1e-8, 10
set ytics 0.25
set key bottom left
plot datadir."/linear.tsv" using "z":"computed_ratio" with points \
         pt 7 ps 0.3 lt 4 title "computed in double", \
     "" using "z":"ratio" with lines lt 1 title "exact"
