/*
 * exercises.h - the functions chapter 4's exercises ask for. The stubs
 * (04.K-*.c) and their solutions define them; the checks call them.
 */
#ifndef EXERCISES_04_H
#define EXERCISES_04_H

/* 04.1: three step units, unit k saying 1 where w[k] . x + b[k] > 0,
 * that all say 1 exactly inside the triangle (0, 0), (4, 0), (0, 3). */
void ex04_triangle(double w[3][2], double b[3]);

/* 04.2: the fewest step units n whose regular n-gon around the unit
 * circle has an area within rel of the disk's, (area - pi) / pi <= rel. */
long ex04_units_for(double rel);

#endif
