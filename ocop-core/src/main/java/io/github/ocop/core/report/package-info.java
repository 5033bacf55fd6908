/**
 * Programme reports (báo cáo kết quả thực hiện Chương trình OCOP): from a list of evaluated products, counts by star,
 * product group and commune, the products to forward to the next level, certificates expiring in a period, and
 * progress against a plan's targets.
 *
 * <p>All types in this package are immutable and thread-safe.
 */
package io.github.ocop.core.report;
