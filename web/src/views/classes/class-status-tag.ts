/** The colour of a class status's tag. */
export function classStatusType(
  status: string,
): 'info' | 'primary' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'enrolling':
      return 'primary';
    case 'running':
      return 'success';
    case 'cancelled':
      return 'danger';
    case 'planning':
      return 'warning';
    default:
      return 'info';
  }
}
