/**
 * Patients: takes a spreadsheet's CSV file (one patient a row), gives its rows one at a time with
 * their line numbers, or row problems that name the row and column but never the patient.
 */
package org.movecard.patients;
